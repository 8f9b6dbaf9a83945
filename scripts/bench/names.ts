/**
 * Name data for the synthetic vault: given and family names of several cultures, most common first, plus
 * a generated long tail of family names built from real name parts (Ash+ford, Rosen+thal, Kowal+ski), so a
 * large vault has thousands of distinct family names while common given names repeat a lot, as in a real
 * business-contacts vault. Lists are comma-separated to keep the file readable.
 */

const list = (text: string): string[] =>
  text
    .split(",")
    .map((name) => name.replace(/\s+/g, " ").trim())
    .filter((name) => name !== "");

/** Every combination of a root and an ending, in a fixed order (roots outer). */
function compose(roots: string, endings: string): string[] {
  const found: string[] = [];
  for (const root of list(roots)) for (const ending of list(endings)) found.push(root + ending);
  return found;
}

export interface Culture {
  name: string;
  /** Share of the vault's people. */
  weight: number;
  /** Most common first. Men and women interleaved. */
  given: string[];
  /** Real family names, most common first. */
  family: string[];
  /** Generated family names, drawn after the real ones (the rare tail). */
  familyTail: string[];
}

const anglo: Culture = {
  name: "anglo",
  weight: 0.38,
  given: list(`James, Mary, John, Patricia, Robert, Jennifer, Michael, Linda, William, Elizabeth, David, Barbara, Richard,
    Susan, Joseph, Jessica, Thomas, Sarah, Charles, Karen, Christopher, Lisa, Daniel, Nancy, Matthew, Sandra, Anthony,
    Margaret, Mark, Ashley, Donald, Kimberly, Steven, Emily, Paul, Donna, Andrew, Michelle, Joshua, Carol, Kenneth,
    Amanda, Kevin, Melissa, Brian, Deborah, George, Stephanie, Timothy, Rebecca, Ronald, Sharon, Edward, Laura, Jason,
    Cynthia, Jeffrey, Amy, Ryan, Kathleen, Jacob, Angela, Gary, Shirley, Nicholas, Brenda, Eric, Emma, Jonathan, Anna,
    Stephen, Pamela, Larry, Nicole, Justin, Samantha, Scott, Katherine, Brandon, Christine, Benjamin, Helen, Samuel,
    Rachel, Gregory, Catherine, Alexander, Heather, Frank, Diane, Patrick, Olivia, Raymond, Julie, Jack, Victoria,
    Dennis, Lauren, Jerry, Kelly, Tyler, Christina, Aaron, Joan, Henry, Evelyn, Adam, Judith, Douglas, Andrea, Nathan,
    Hannah, Peter, Megan, Zachary, Cheryl, Kyle, Jacqueline, Walter, Martha, Harold, Madison, Jeremy, Teresa, Ethan,
    Gloria, Carl, Sara, Keith, Janice, Roger, Ann, Gerald, Kathryn, Christian, Abigail, Terry, Sophia, Sean, Frances,
    Arthur, Jean, Austin, Alice, Noah, Judy, Lawrence, Isabella, Jesse, Julia, Bryan, Grace, Billy, Amber, Jordan,
    Denise, Albert, Danielle, Dylan, Marilyn, Bruce, Beverly, Gabriel, Charlotte, Alan, Natalie, Logan, Theresa,
    Wayne, Diana, Ralph, Brittany, Roy, Doris, Eugene, Kayla, Randy, Alexis, Vincent, Lori, Russell, Tiffany, Louis,
    Claire, Philip, Trevor, Ronnie, Kate, Liam, Chloe, Owen, Zoe, Caleb, Leah, Connor, Molly, Ian, Ellen, Colin, Fiona`),
  family: list(`Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Martin,
    Jackson, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Hill, Green,
    Adams, Baker, Nelson, Carter, Mitchell, Roberts, Turner, Phillips, Campbell, Parker, Evans, Edwards, Collins,
    Stewart, Morris, Murphy, Cook, Rogers, Morgan, Peterson, Cooper, Reed, Bailey, Bell, Kelly, Howard, Ward, Cox,
    Richardson, Wood, Watson, Brooks, Bennett, Gray, James, Hughes, Price, Sanders, Myers, Long, Ross, Foster, Powell,
    Jenkins, Perry, Russell, Sullivan, Fisher, Henderson, Coleman, Simmons, Patterson, Jordan, Reynolds, Hamilton,
    Graham, Wallace, Cole, West, Hayes, Gibson, Bryant, Ellis, Stevens, Murray, Ford, Marshall, Owens, McDonald,
    Harrison, Kennedy, Wells, Butler, Barnes, Hunt, Black, Daniels, Palmer, Mills, Grant, Knight, Ferguson, Rose,
    Stone, Hawkins, Dunn, Perkins, Hudson, Spencer, Gardner, Stephens, Payne, Pierce, Berry, Matthews, Arnold, Wagner,
    Willis, Ray, Watkins, Olson, Carroll, Duncan, Snyder, Hart, Cunningham, Bradley, Lane, Andrews, Harper, Fox, Riley,
    Armstrong, Carpenter, Weaver, Greene, Lawrence, Elliott, Sims, Austin, Peters, Kelley, Franklin, Lawson, Fields,
    Ryan, Carr, Wheeler, Chapman, Oliver, Montgomery, Richards, Williamson, Johnston, Banks, Meyer, Bishop, McCoy,
    Howell, Morrison, Hansen, Harvey, Little, Burton, Stanley, George, Jacobs, Reid, Fuller, Lynch, Dean, Gilbert,
    Garrett, Welch, Larson, Frazier, Burke, Hanson, Day, Bowman, Fowler, Brewer, Hoffman, Carlson, Pearson, Holland,
    Douglas, Fleming, Jensen, Byrd, Davidson, Hopkins, May, Terry, Wade, Walters, Curtis, Neal, Caldwell, Lowe,
    Jennings, Barnett, Graves, Horton, Shelton, Barrett, O'Brien, Sutton, Gregory, McKinney, Lucas, Miles, Craig,
    Chambers, Holt, Lambert, Fletcher, Watts, Bates, Hale, Rhodes, Beck, Newman, Haynes, McDaniel, Bush, Vaughn, Parks,
    Dawson, Norris, Hardy, Love, Steele, Curry, Powers, Schultz, Barker, Page, Ball, Keller, Chandler, Weber, Leonard,
    Walsh, Lyons, Ramsey, Wolfe, Schneider, Mullins, Benson, Sharp, Bowen, Daniel, Barber, Cummings, Hines, Baldwin,
    Griffith, Hubbard, Reeves, Warner, Stevenson, Burgess, Tate, Cross, Garner, Mann, Mack, Moss, Thornton, Dennis,
    McGee, Farmer, Glover, Manning, Cohen, Harmon, Rodgers, Robbins, Newton, Todd, Blair, Higgins, Ingram, Reese,
    Cannon, Strickland, Townsend, Potter, Goodwin, Walton, Rowe, Hampton, Patton, Swanson, Joseph, Francis, Goodman,
    Yates, Becker, Erickson, Hodges, Conner, Adkins, Webster, Norman, Malone, Hammond, Flowers, Cobb, Moody, Quinn,
    Blake, Maxwell, Pope, Floyd, Osborne, Paul, McCarthy, Lindsey, Gibbs, Tyler, Gross, Fitzgerald, Stokes, Doyle,
    Sherman, Saunders, Wise, Greer, Simon, Waters, Ballard, Schwartz, McBride, Houston, Christensen, Klein, Pratt,
    Briggs, Parsons, McLaughlin, Zimmerman, French, Buchanan, Moran, Copeland, Pittman, Brady, McCormick, Holloway,
    Brock, Poole, Logan, Owen, Bass, Marsh, Drake, Jefferson, Morton, Abbott, Sparks, Patrick, Norton, Huff, Clayton,
    Massey, Lloyd, Carson, Bowers, Barton, Lamb, Harrington, Casey, Boone, Clarke, Mathis, Singleton, Wilkins, Cain,
    Underwood, Hogan, McKenzie, Collier, Phelps, McGuire, Allison, Bridges, Wilkerson, Nash, Summers, Atkins, O'Sullivan,
    Byrne, O'Connor, O'Neill, O'Reilly, Gallagher, Connolly, Daly, O'Connell, Kiernan, MacDonald, MacLeod, Fraser,
    Sinclair, Mackenzie, Cameron, Robertson, Booker, Vallery, Tinter, Morrissey, Donnelly, Kavanagh, Brennan, Flanagan`),
  familyTail: [
    ...compose(
      `Ash, Black, Brad, Brom, Cal, Chad, Clif, Cran, Dal, Dun, Elm, Fair, Farn, Hal, Hart, Hay, Hol, Kings, Lang, Lin, Mar,
      Mid, Mor, New, Nor, Oak, Pem, Pen, Ral, Red, Rid, Rock, Rush, Sal, Shel, Stan, Stock, Sud, Thorn, Wal, Wes, Whit, Win,
      Wood, Bur, Craw, Dray, Ful, Gar, Her, Ald, Bram, Brig, Cars, Cog, Den, Ever, Fen, Glen, Hask, Kent, Lock, Pick, Pres`,
      `ford, ton, ley, wood, field, well, by, worth, ham, more, bridge, dale, wick, stead, combe, hurst, land, ridge, shaw,
      bury, ing, er, sby, thorpe, gate, low`,
    ),
    ...compose(`Ander, Dickin, Fergu, Gib, Hodg, Jame, Matthew, Nichol, Richard, Robin, Simp, Steven, Wat, Wilkin, Hud, Dob`, `son, s`),
  ],
};

const hispanic: Culture = {
  name: "hispanic",
  weight: 0.1,
  given: list(`José, María, Juan, Ana, Luis, Carmen, Carlos, Laura, Jorge, Lucía, Miguel, Sofía, Antonio, Isabel,
    Francisco, Elena, Alejandro, Marta, Javier, Patricia, Manuel, Gabriela, Pedro, Valentina, Ricardo, Camila,
    Fernando, Daniela, Diego, Paula, Andrés, Andrea, Sergio, Mónica, Raúl, Verónica, Eduardo, Claudia, Roberto,
    Adriana, Daniel, Beatriz, Pablo, Rocío, Alberto, Inés, Gabriel, Pilar, Rafael, Guadalupe, Jesús, Alejandra,
    Ángel, Natalia, Óscar, Julia, Iván, Victoria, Víctor, Teresa, Rubén, Rosa, Héctor, Silvia, Martín, Cristina,
    Tomás, Lorena, Nicolás, Ximena, Joaquín, Mariana, Sebastián, Renata, Matías, Fernanda, Emilio, Catalina,
    Gonzalo, Florencia, Ignacio, Agustina, Santiago, Jimena, Rodrigo, Paola, Esteban, Marisol, Enrique, Yolanda`),
  family: list(`García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres, Flores,
    Rivera, Gómez, Díaz, Cruz, Morales, Reyes, Gutiérrez, Ortiz, Chávez, Ramos, Ruiz, Álvarez, Mendoza, Castillo,
    Jiménez, Moreno, Romero, Herrera, Medina, Aguilar, Vargas, Guzmán, Muñoz, Castro, Ortega, Delgado, Vázquez,
    Domínguez, Soto, Contreras, Silva, Rojas, Navarro, Salazar, Guerrero, Núñez, Campos, Sandoval, Peña, Cabrera,
    Molina, Fuentes, Estrada, Figueroa, Carrillo, Espinoza, Valdez, Cortés, Suárez, Acosta, Luna, Ríos, Cervantes,
    Padilla, Ibarra, Vega, Santiago, Serrano, Mejía, Márquez, León, Miranda, Cárdenas, Pacheco, Rosales, Robles,
    Velázquez, Villanueva, Trujillo, Calderón, Zamora, Quintero, Benítez, Maldonado, Escobar, Cisneros, Solís,
    Arroyo, Galindo, Bautista, Cordero, Paredes, Barrera, Zúñiga, Bravo, Salinas, Rangel, Esquivel, Ochoa, Lozano,
    Marín, Ibáñez, Bustamante, Villalobos, Arellano, Montoya, Avilés, Olvera, Sosa, Tapia, Carmona, Aguirre`),
  familyTail: compose(
    `Villa, Castel, Monte, Val, Río, Sant, Alba, Bel, Mira, Ver, Casa, Torre, Vista, Agua, Campo, Peña, Fuen, Sierra`,
    `nueva, lobos, real, verde, blanco, llano, mar, fuerte, flor, rosa, alta, negro, seca`,
  ),
};

const indian: Culture = {
  name: "indian",
  weight: 0.12,
  given: list(`Rahul, Priya, Amit, Anjali, Vikram, Pooja, Sanjay, Neha, Rajesh, Divya, Sunil, Kavya, Anil, Sneha,
    Deepak, Meera, Arun, Nisha, Vijay, Shreya, Suresh, Ananya, Ramesh, Lakshmi, Kiran, Swati, Ravi, Sunita, Arjun,
    Rekha, Aditya, Geeta, Rohan, Usha, Karthik, Padma, Srinivas, Asha, Venkat, Jyoti, Harish, Radha, Manish, Kalpana,
    Nitin, Diya, Ashok, Aisha, Prakash, Tanvi, Gaurav, Pallavi, Abhishek, Sapna, Akash, Ritu, Varun, Kanchan, Nikhil,
    Aarti, Siddharth, Bhavna, Vivek, Madhuri, Pradeep, Shalini, Rakesh, Anita, Mahesh, Preeti, Ganesh, Archana,
    Sachin, Smita, Rohit, Vandana, Vinod, Poonam, Anand, Sushma, Kushal, Rashmi, Vipin, Seema, Aarav, Isha, Vihaan,
    Tara, Ishaan, Nandini, Sameer, Payal, Yash, Ankita, Tarun, Megha, Hemant, Shweta, Naveen, Chitra, Satish, Deepa`),
  family: list(`Sharma, Patel, Singh, Kumar, Gupta, Reddy, Rao, Iyer, Nair, Menon, Pillai, Joshi, Mehta, Shah, Desai,
    Agarwal, Verma, Mishra, Chopra, Kapoor, Malhotra, Banerjee, Chatterjee, Mukherjee, Das, Bose, Ghosh, Sen, Dutta,
    Datta, Chakraborty, Bhattacharya, Krishnan, Subramanian, Venkataraman, Raghavan, Srinivasan, Natarajan,
    Ramachandran, Narayanan, Gopal, Hegde, Kulkarni, Deshpande, Patil, Jain, Bansal, Goyal, Mittal, Saxena, Srivastava,
    Tiwari, Pandey, Dubey, Yadav, Chauhan, Rathore, Thakur, Bhatt, Trivedi, Pandya, Parekh, Sethi, Arora, Bhatia,
    Khanna, Kohli, Ahuja, Grover, Sodhi, Gill, Sandhu, Dhillon, Sidhu, Mehrotra, Khurana, Tandon, Kakkar, Chawla,
    Rajan, Murthy, Shetty, Kamath, Prabhu, Naidu, Chowdary, Varma, Raju, Choudhury, Sinha, Prasad, Mahajan, Oberoi,
    Anand, Dixit, Shukla, Awasthi, Bajaj, Modi, Sarin, Vohra, Sehgal, Talwar, Bedi, Ganguly, Sarkar, Basu, Mathur`),
  familyTail: compose(
    `Ragh, Sriv, Venk, Krish, Subr, Bal, Chand, Mah, Hari, Shiv, Ram, Lax, Gop, Nar, Sun, Rav, Madh, Vasu, Dev, Jag`,
    `avan, aswamy, amurthy, araman, ani, ekar, wal, kar, inath, eshwar, endran, ayya, appa, achari`,
  ),
};

const chinese: Culture = {
  name: "chinese",
  weight: 0.08,
  given: [
    ...list(`Wei, Jing, Li, Xin, Yan, Hui, Ming, Lei, Jun, Hong, Yu, Fang, Tao, Ying, Bin, Na, Jie, Min, Hao, Lin, Qiang,
      Yun, Peng, Mei, Gang, Xia, Chao, Juan, Kai, Ping, Bo, Lan, Feng, Qing, Long, Ling, Dong, Hua, Bo, Rui`),
    ...compose(`Xiao, Zhi, Jian, Jia, Yi, Hai, Chun, Wen, Zi, Shu, Guo, Mei, Yong, Xue, Hong`, `ming, wei, hua, ling, yu, jie, qiang, fang, lan, ting, hao, yang, bin, xin`),
  ],
  family: list(`Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo,
    Zheng, Liang, Xie, Song, Tang, Han, Feng, Deng, Cao, Peng, Zeng, Xiao, Tian, Dong, Pan, Yuan, Cai, Jiang, Yu, Du,
    Ye, Cheng, Wei, Su, Ding, Ren, Lu, Yao, Shen, Zhong, Cui, Tan, Fan, Liao, Shi, Jin, Jia, Xia, Fu, Fang, Zou,
    Xiong, Bai, Meng, Qin, Qiu, Hou, Yin, Xue, Yan, Duan, Lei, Long, Shao, Chang, Wan, Gu, Lai, Kong, Mao, Tao, Hao,
    Chan, Wong, Lee, Cheung, Lau, Ho, Ng, Leung, Lam, Tsang, Chow, Yeung, Kwok, Tse, Fung, Hui, Tam, Chu, Mak, Yip`),
  familyTail: [],
};

const eastAsian: Culture = {
  name: "east-asian",
  weight: 0.06,
  given: [
    ...list(`Hiroshi, Yuki, Takashi, Akiko, Kenji, Yoko, Haruto, Keiko, Sota, Naomi, Yuto, Emi, Riku, Mai, Daiki, Ayumi,
      Kenta, Kaori, Takumi, Tomoko, Shota, Megumi, Naoki, Sakura, Satoshi, Hina, Kazuki, Aoi, Masato, Yui, Ryo, Koji,
      Makoto, Tetsuya, Minh, Linh, Hùng, Thảo, Tuấn, Trang, Dũng, Hương, Quang, Lan, Hải, Phương, Nam, Ngọc, Huy,
      Thanh, Khoa, Vy, Đức, Hoa, Jiwon, Yuna, Minho, Jiho, Sungho, Hyejin, Jinwoo, Eunji, Taeyang, Soojin`),
    ...compose(`Min, Ji, Seo, Hyun, Jae, Dong, Young, Sung, Eun, Hye, Joon, Tae, Woo, Su`, `-jun, -yeon, -hoon, -woo, -jin, -ho, -min, -ah, -won, -seok`),
  ],
  family: list(`Kim, Sato, Nguyễn, Lee, Suzuki, Trần, Park, Takahashi, Lê, Choi, Tanaka, Phạm, Jung, Watanabe, Hoàng,
    Kang, Ito, Huỳnh, Cho, Yamamoto, Phan, Yoon, Nakamura, Vũ, Jang, Kobayashi, Võ, Lim, Kato, Đặng, Han, Yoshida, Bùi,
    Oh, Yamada, Đỗ, Seo, Sasaki, Hồ, Shin, Yamaguchi, Ngô, Kwon, Matsumoto, Dương, Hwang, Inoue, Lý, Ahn, Kimura, Song,
    Hayashi, Yoo, Shimizu, Hong, Yamazaki, Jeon, Mori, Ko, Abe, Moon, Ikeda, Yang, Hashimoto, Son, Yamashita, Bae,
    Ishikawa, Baek, Nakajima, Heo, Maeda, Nam, Fujita, Noh, Ogawa, Goto, Okada, Hasegawa, Murakami, Kondo, Ishii,
    Saito, Sakamoto, Endo, Aoki, Fujii, Nishimura, Fukuda, Ota, Miura, Fujiwara, Okamoto, Matsuda, Nakagawa`),
  familyTail: compose(
    `Yama, Kawa, Naka, Matsu, Ishi, Hashi, Mori, Fuji, Taka, Ono, Hara, Kita, Nishi, Higa, Miya, Sugi, Kuro, Shira, Oka`,
    `moto, da, mura, shita, kawa, guchi, saki, no, hara, ta, zaki, uchi, oka, gawa`,
  ),
};

const europeNorth: Culture = {
  name: "europe-north",
  weight: 0.08,
  given: list(`Thomas, Anna, Michael, Sabine, Andreas, Julia, Stefan, Petra, Christian, Claudia, Markus, Stefanie, Martin,
    Katrin, Peter, Lena, Klaus, Sophie, Jürgen, Marie, Wolfgang, Laura, Frank, Lea, Uwe, Hannah, Matthias, Birgit,
    Alexander, Ute, Tobias, Anke, Florian, Heike, Sebastian, Ingrid, Jan, Astrid, Lukas, Sigrid, Felix, Karin,
    Maximilian, Kerstin, Jonas, Freya, Niklas, Sanne, Björn, Femke, Lars, Anouk, Erik, Linnea, Nils, Elin, Sven, Maja,
    Magnus, Ida, Henrik, Saga, Anders, Liv, Søren, Mette, Mads, Signe, Jens, Greta, Pieter, Jonsi, Joost, Katla,
    Sander, Eva, Bram, Inge, Daan, Hilde, Maarten, Ronja, Kristian, Annika, Gunnar, Solveig, Olaf, Britt, Eiki, Heidi`),
  family: list(`Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch,
    Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange,
    Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, Schmid, Schulze, Maier, Köhler, Herrmann, König, Walter, Mayer,
    Huber, Kaiser, Fuchs, Peters, Lang, Scholz, Möller, Weiß, Jung, Hahn, Schubert, Vogel, Friedrich, Keller, Günther,
    Berger, Winkler, Roth, Beck, Lorenz, Baumann, Franke, Albrecht, Schuster, Ludwig, Böhm, Winter, Kraus, Schumacher,
    Krämer, Vogt, Stein, Jäger, Otto, Sommer, Groß, Seidel, Heinrich, Brandt, Haas, Schreiber, Graf, Schulte,
    Dietrich, Ziegler, Kuhn, Kühn, Pohl, Engel, Horn, Busch, Bergmann, Voigt, Sauer, Pfeiffer, de Jong, Jansen,
    de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos,
    Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok,
    de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten, van Beek,
    Willems, van Vliet, Hoekstra, Maas, Verhoeven, Koster, van Dam, Prins, Blom, Huisman, Andersson, Johansson,
    Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Pettersson, Jonsson, Hansson,
    Bengtsson, Lindberg, Lindqvist, Lindgren, Bergström, Lundqvist, Lindström, Holm, Nyström, Sandberg, Nielsen,
    Pedersen, Andersen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen,
    Johansen, Mortensen, Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen,
    Järvinen, Stefánsson, Jónsson, Sigurðsson, Guðmundsson, Stemmelsson, Genzel, Niebuhr`),
  familyTail: compose(
    `Adel, Alt, Bach, Berg, Blum, Brand, Eich, Eisen, Engel, Falk, Feld, Frei, Gold, Grün, Hag, Hart, Heil, Hoch, Hof,
    Holz, Kirch, Kron, Land, Lich, Lind, Mohr, Neu, Ober, Ost, Rein, Rosen, Schön, Silber, Sonn, Stahl, Stern, Wald,
    Wein, Wester, Wies, Wilden, Sand, Sjö, Ek, Dahl, Nord, Söder, Fjell`,
    `mann, berg, stein, hof, feld, bach, inger, hardt, haus, thal, heim, burg, dorf, hagen, brink, wald, baum, kamp,
    ström, lund, qvist, gren, dahl, sson, sen, by`,
  ),
};

const europeSouth: Culture = {
  name: "europe-south",
  weight: 0.07,
  given: list(`Jean, Marie, Pierre, Nathalie, Giuseppe, Giulia, João, Ana, Michel, Isabelle, Marco, Francesca, Pedro,
    Inês, Philippe, Sylvie, Luca, Chiara, Tiago, Beatriz, Nicolas, Sophie, Alessandro, Sara, Rui, Mariana, François,
    Céline, Andrea, Martina, Nuno, Joana, Laurent, Élodie, Francesco, Valentina, Miguel, Rita, Julien, Camille, Matteo,
    Elisa, André, Fernanda, Sébastien, Chloé, Lorenzo, Federica, Gonçalo, Juliana, Antoine, Léa, Davide, Silvia,
    Thiago, Manon, Stefano, Paola, Luiz, Hélène, Paolo, Aurélie, Guillaume, Alessia, Olivier, Giorgia, Éric,
    Stéphane, Christophe, Mathieu, Roberto, Giovanni, Simone, Raphaël, Bruno, Anaïs, Noémie, Zoë`),
  family: list(`Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent,
    Lefebvre, Michel, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, Mercier, Dupont,
    Lambert, Bonnet, François, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, Henry, Roussel, Perrin, Morin,
    Mathieu, Clément, Gauthier, Dumont, Fontaine, Chevalier, Robin, Masson, Gérard, Boyer, Denis, Lemaire, Duval,
    Joly, Gautier, Roche, Noël, Lucas, Meunier, Marchand, Dufour, Blanchard, Barbier, Brun, Dumas, Brunet, Leroux,
    Colin, Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti,
    De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso,
    Ferrara, Galli, Martini, Leone, Longo, Gentile, Martinelli, Vitale, Lombardo, Serra, Coppola, De Santis, D'Angelo,
    Marchetti, Parisi, Villa, Conte, Ferraro, Ferri, Fabbri, Marini, Grasso, Valentini, Messina, Sala, De Angelis,
    Gatti, Pellegrini, Palumbo, Sanna, Farina, Rizzi, Monti, Cattaneo, Morelli, Amato, Silvestri, Mazza, Testa,
    Silva, Santos, Ferreira, Pereira, Oliveira, Rodrigues, Martins, Sousa, Fernandes, Gonçalves, Gomes, Lopes,
    Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira,
    Monteiro, Cardoso, Rocha, Neves, Coelho, Cunha, Pires, Reis, Simões, Antunes, Matos, Fonseca, Machado, Araújo,
    Barbosa, Tavares, Lourenço, Figueiredo, Azevedo, Freitas, Batista, Conceição, Magalhães, Brandão`),
  familyTail: [
    ...compose(
      `Alb, Bel, Ben, Bert, Bon, Bran, Cam, Cap, Car, Cas, Cel, Cor, Fal, Fer, Fior, Gal, Gen, Lan, Lor, Mal, Man, Mar,
      Mon, Mor, Pal, Pan, Pel, Ros, Sal, San, Ser, Tor, Val, Ven, Vis, Zan`,
      `elli, etti, ini, one, ucci, ano, esi, ato, oni, uzzi, aro, ardi, ieri, otti`,
    ),
    ...compose(`Beau, Bon, Champ, Clair, Font, Grand, Mal, Mont, Rich, Roch, Ville, Bois, Dupr, Lar`, `mont, champ, ville, lieu, court, fort, val, bois, rive, ier, eau, ard`),
  ],
};

const slavic: Culture = {
  name: "slavic",
  weight: 0.06,
  given: list(`Aleksandr, Olga, Dmitri, Natalia, Sergei, Elena, Andrei, Tatiana, Ivan, Irina, Mikhail, Svetlana,
    Nikolai, Anna, Vladimir, Maria, Pavel, Ekaterina, Yevgeny, Anastasia, Oleg, Yulia, Igor, Daria, Maxim, Ksenia,
    Artem, Katarzyna, Kirill, Agnieszka, Anton, Magdalena, Yuri, Małgorzata, Piotr, Joanna, Tomasz, Monika, Paweł,
    Lucie, Krzysztof, Petra, Marcin, Oksana, Michał, Olena, Łukasz, Jelena, Jakub, Ana, Jiří, Milena, Petr, Zuzana,
    Tomáš, Ewa, Taras, Alicja, Bohdan, Iryna, Andriy, Vesna, Mykola, Dragana, Milan, Nina, Nikola, Vera, Marko,
    Evgeny, Goran, Alexei, Dragan, Stanislav, Boris, Roman, Viktor, Denis, Ilya`),
  family: list(`Ivanov, Smirnov, Kuznetsov, Popov, Vasiliev, Petrov, Sokolov, Mikhailov, Novikov, Fedorov, Morozov,
    Volkov, Alekseev, Lebedev, Semenov, Egorov, Pavlov, Kozlov, Stepanov, Nikolaev, Orlov, Andreev, Makarov, Nikitin,
    Zakharov, Zaitsev, Soloviev, Borisov, Yakovlev, Grigoriev, Romanov, Vorobiev, Sergeev, Kuzmin, Frolov, Alexandrov,
    Dmitriev, Korolev, Gusev, Kiselev, Ilyin, Maksimov, Polyakov, Sorokin, Vinogradov, Kovalev, Belov, Medvedev,
    Antonov, Tarasov, Zhukov, Baranov, Filippov, Komarov, Davydov, Belyaev, Gerasimov, Bogdanov, Osipov, Sidorov,
    Matveev, Titov, Markov, Mironov, Krylov, Kulikov, Karpov, Vlasov, Melnikov, Denisov, Nowak, Kowalski, Wiśniewski,
    Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur,
    Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król,
    Wieczorek, Jabłoński, Wróbel, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Nowicki,
    Pawlak, Górski, Witkowski, Walczak, Sikora, Melnyk, Shevchenko, Boyko, Kovalenko, Bondarenko, Tkachenko,
    Kovalchuk, Kravchenko, Oliynyk, Shevchuk, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko,
    Savchenko, Petrenko, Novák, Svoboda, Novotný, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Horvat,
    Kovačević, Babić, Marić, Jurić, Petrović, Jovanović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović`),
  familyTail: compose(
    `Bel, Bor, Dob, Gor, Kal, Kam, Kor, Kos, Kra, Lip, Mal, Nov, Ol, Pol, Pop, Rad, Sad, Sok, Stan, Tar, Vol, Vor, Zab,
    Zel, Zar, Dub, Gal, Kol, Lom, Mir, Pet, Slav`,
    `ski, sky, ov, enko, ovich, ovic, chuk, czyk, ak, ec, in, ev, yshyn, iak`,
  ),
};

const middleEast: Culture = {
  name: "middle-east",
  weight: 0.05,
  given: list(`Mohammed, Fatima, Ahmed, Aisha, Ali, Mariam, Omar, Layla, Hassan, Noor, Hussein, Sara, Khalid, Huda,
    Youssef, Rania, Ibrahim, Yasmin, Mustafa, Leila, Tariq, Zeynep, Karim, Elif, Samir, Ayşe, Nabil, Emine, Rami,
    Parisa, Faisal, Shirin, Hamza, Niloufar, Bilal, Maryam, Mehmet, Dina, Ahmet, Salma, Emre, Farah, Burak, Hana,
    Murat, Reem, Can, Amira, Reza, Nadia, Amir, Zahra, Hossein, Laleh, Mehdi, Arash, Kaveh, Dariush, Assaf, Yosef,
    Noa, Tamar, Eitan, Avi, Shira, Alon`),
  family: list(`Khan, Haddad, Khoury, Nasser, Hassan, Saleh, Mansour, Aziz, Rahman, Hamdan, Abboud, Karam, Saad,
    Khalil, Ibrahim, Mahmoud, Youssef, Abdullah, El-Sayed, Farouk, Qureshi, Siddiqui, Chaudhry, Malik, Hussain,
    Sheikh, Mirza, Al-Farsi, Al-Hashimi, Al-Amin, Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın,
    Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Hosseini, Mohammadi, Ahmadi, Rezaei,
    Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Tehrani, Shirazi, Sadeghi, Kazemi, Ghorbani, Farahani, Nazari,
    Amini, Bagheri, Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Horev, Katz, Azoulay, Ben-David, Shapiro`),
  familyTail: compose(
    `Rahim, Karim, Hashem, Jafar, Hassan, Ahmad, Mahmoud, Nasr, Rezai, Amin, Saleh, Taher, Sadegh, Kazem, Farah, Majid`,
    `zadeh, pour, nejad, oglu, i, ian, ani`,
  ),
};

const african: Culture = {
  name: "african",
  weight: 0.04,
  given: list(`Chinedu, Ngozi, Emeka, Chiamaka, Oluwaseun, Funmilayo, Adebayo, Amara, Tunde, Ama, Kwame, Akosua, Kofi,
    Abena, Yaw, Tendai, Tatenda, Lerato, Thabo, Nomvula, Sipho, Zanele, Bongani, Wanjiru, Kamau, Njeri, Otieno,
    Achieng, Abebe, Tigist, Dawit, Selam, Chidi, Mekdes, Obinna, Ifeoma, Nnamdi, Yetunde, Uchenna, Folake, Babajide,
    Kehinde, Taiwo, Adaeze, Kelechi, Nkechi, Segun, Bisi`),
  family: list(`Okafor, Adeyemi, Okonkwo, Eze, Nwosu, Adebayo, Ogunleye, Balogun, Olawale, Mensah, Boateng, Owusu,
    Asante, Osei, Appiah, Agyeman, Darko, Nkosi, Dlamini, Ndlovu, Mokoena, Khumalo, Zulu, Mthembu, Kamau, Otieno,
    Mwangi, Ochieng, Kiprop, Wanjiku, Odhiambo, Tesfaye, Bekele, Haile, Girma, Alemu, Tadesse, Mengistu, Abebe,
    Nwankwo, Chukwu, Obi, Onyeka, Okeke, Oyelaran, Adewale, Akinola, Babatunde, Oladipo, Fashola`),
  familyTail: compose(
    `Ade, Olu, Oke, Ogun, Ola, Chi, Nwa, Ike, Obi, Ama, Kwa, Ako, Afo`,
    `yemi, wale, kunle, bayo, nna, eze, ke, for, bodun, sanya, nde, uko`,
  ),
};

export const CULTURES: Culture[] = [anglo, hispanic, indian, chinese, eastAsian, europeNorth, europeSouth, slavic, middleEast, african];

/**
 * Short forms of given names, both ways round: the pairs a transcript or a colleague's note writes for one
 * person (Mike / Michael). The detector has its own nickname table; this one is the bench's, written apart.
 */
export const NICKNAMES: Record<string, string[]> = {
  Michael: ["Mike", "Mick"],
  Robert: ["Rob", "Bob", "Bobby"],
  William: ["Will", "Bill", "Billy"],
  James: ["Jim", "Jimmy", "Jamie"],
  John: ["Jack", "Johnny"],
  Richard: ["Rick", "Rich", "Dick"],
  Thomas: ["Tom", "Tommy"],
  Christopher: ["Chris"],
  Daniel: ["Dan", "Danny"],
  Matthew: ["Matt"],
  Anthony: ["Tony"],
  Joseph: ["Joe", "Joey"],
  Joshua: ["Josh"],
  Kenneth: ["Ken", "Kenny"],
  Steven: ["Steve"],
  Stephen: ["Steve"],
  Andrew: ["Andy", "Drew"],
  Edward: ["Ed", "Eddie", "Ted"],
  Jonathan: ["Jon"],
  Timothy: ["Tim"],
  Gregory: ["Greg"],
  Benjamin: ["Ben"],
  Samuel: ["Sam"],
  Alexander: ["Alex"],
  Nicholas: ["Nick"],
  Patrick: ["Pat"],
  Raymond: ["Ray"],
  Gerald: ["Gerry", "Jerry"],
  Lawrence: ["Larry"],
  Zachary: ["Zach"],
  Douglas: ["Doug"],
  Nathan: ["Nate"],
  Peter: ["Pete"],
  Ronald: ["Ron", "Ronnie"],
  Donald: ["Don"],
  Jeffrey: ["Jeff"],
  Phillip: ["Phil"],
  Philip: ["Phil"],
  Vincent: ["Vince"],
  Elizabeth: ["Liz", "Beth", "Betty", "Lizzie"],
  Katherine: ["Kate", "Kathy", "Katie"],
  Catherine: ["Cathy", "Kate"],
  Kathleen: ["Kathy"],
  Jennifer: ["Jen", "Jenny"],
  Jessica: ["Jess"],
  Margaret: ["Maggie", "Peggy", "Meg"],
  Patricia: ["Pat", "Patty", "Trish"],
  Susan: ["Sue", "Susie"],
  Deborah: ["Deb", "Debbie"],
  Rebecca: ["Becky", "Becca"],
  Victoria: ["Vicky", "Tori"],
  Christina: ["Tina", "Chris"],
  Christine: ["Chris", "Tina"],
  Stephanie: ["Steph"],
  Samantha: ["Sam"],
  Kimberly: ["Kim"],
  Pamela: ["Pam"],
  Abigail: ["Abby"],
  Alexandra: ["Alex", "Sasha"],
  Jacqueline: ["Jackie"],
  Cynthia: ["Cindy"],
  Tiffany: ["Tiff"],
  Theresa: ["Terry", "Tess"],
  Teresa: ["Terry", "Tess"],
  Judith: ["Judy"],
  Frances: ["Fran"],
  Aleksandr: ["Sasha"],
  Dmitri: ["Dima"],
  Ekaterina: ["Katya"],
  Francisco: ["Paco"],
  Alejandro: ["Alex"],
  Giuseppe: ["Beppe"],
};

/** Letters a transcript or a typist confuses: keyboard neighbours and letters that sound alike. */
export const CONFUSABLE: Record<string, string> = {
  a: "seq",
  b: "vnp",
  c: "kxs",
  d: "tsf",
  e: "arw",
  f: "vgd",
  g: "hkf",
  h: "gj",
  i: "yeo",
  j: "hkg",
  k: "cgl",
  l: "rk",
  m: "nk",
  n: "mh",
  o: "uip",
  p: "bo",
  q: "k",
  r: "letk",
  s: "zcd",
  t: "dry",
  u: "oiy",
  v: "bf",
  w: "vq",
  x: "ks",
  y: "iu",
  z: "s",
};

/** Company name parts: an account list of plausible, invented companies. */
export const COMPANY_HEADS = list(`Northwind, Contoso, Fabrikam, Tailspin, Litware, Adatum, Proseware, Woodgrove, Lucerne,
  Blue Harbor, Red Rock, Silver Lake, Iron Bridge, Granite, Summit, Meridian, Pinnacle, Evergreen, Cobalt, Crescent,
  Harbor Point, Keystone, Lakeshore, Redwood, Sterling, Trident, Vanguard, Westfield, Zenith, Apex, Atlas, Beacon,
  Cascade, Cedar, Clearwater, Copper, Crimson, Delta, Eastgate, Falcon, Frontier, Golden Gate, Highland, Horizon,
  Ironwood, Juniper, Kestrel, Lighthouse, Maple, Mercury, Monarch, Nimbus, Northstar, Oakridge, Orion, Pacific,
  Paragon, Pioneer, Polaris, Quantum, Radiant, Ridgeline, Riverbend, Sapphire, Sequoia, Skyline, Solstice, Stonebridge,
  Sunrise, Tidewater, Titan, Twin Peaks, Union, Vertex, Vista, Willow, Wolfram, Yellowstone, Aurora, Bluebird, Canyon`);

export const COMPANY_TAILS = list(`Systems, Labs, Data, Networks, Health, Energy, Logistics, Capital, Robotics, Analytics,
  Software, Semiconductor, Cloud, Bank, Insurance, Media, Pharma, Foods, Motors, Aerospace, Partners, Group, Holdings,
  Telecom, Retail, Biotech, Security, Industries, Research, Computing`);

/** Words for meeting titles, facts, tasks and topics: enough of them that notes do not repeat wholesale. */
export const VOCABULARY = {
  topics: list(`storage expansion, GPU capacity, renewal pricing, security review, data residency, migration plan,
    quarterly business review, proof of concept, support escalation, roadmap preview, executive sponsorship,
    disaster recovery, network upgrade, compliance audit, procurement process, onboarding, capacity planning,
    performance benchmark, observability, cost optimisation, hardware qualification, partner program, training plan,
    contract amendment, multi-region rollout, identity integration, backup strategy, inference platform,
    analytics pipeline, edge deployment, vendor consolidation, pilot expansion, license true-up, SLA review,
    control plane integration, customer reference, marketplace listing, pricing model, hiring plan, budget cycle`),
  verbs: list(`reviewed, aligned on, discussed, agreed, escalated, scoped, prioritised, planned, demoed, unblocked,
    kicked off, wrapped up, re-scoped, walked through, signed off on`),
  objects: list(`the rollout plan, the pricing proposal, the POC success criteria, the capacity forecast, the security
    questionnaire, the migration runbook, the benchmark results, the renewal terms, the architecture diagram, the
    support backlog, the hiring plan, the Q3 forecast, the deployment timeline, the data-sharing agreement, the
    integration spec, the cost model, the reference architecture, the escalation path, the pilot scope`),
  regions: list(`US East, US West, UK South, West Europe, North Europe, Japan East, Southeast Asia, Australia East,
    Canada Central, Brazil South, India Central, Germany West, France Central, Korea Central, Dallas, Phoenix, Dublin,
    Amsterdam, Frankfurt, Singapore, Tokyo, Sydney, Toronto, Chicago, Atlanta, Seattle`),
  roles: list(`VP of Engineering, CTO, Director of Infrastructure, Principal Engineer, Product Manager, Program Manager,
    Solutions Architect, Account Executive, Procurement Lead, Head of Data, Site Reliability Lead, CIO, CFO,
    Engineering Manager, Research Scientist, Partner Manager, Customer Success Manager, Security Architect,
    Data Platform Lead, Operations Director, General Manager, Chief of Staff, Technical Account Manager`),
  departments: list(`Infrastructure, Platform, Research, Procurement, Security, Data, Operations, Finance, Sales,
    Partnerships, Product, Engineering, IT, Cloud Services, Customer Success`),
  locations: list(`Seattle WA, Redmond WA, San Francisco CA, New York NY, Austin TX, Boston MA, London UK, Dublin Ireland,
    Berlin Germany, Paris France, Bangalore India, Tokyo Japan, Singapore, Toronto Canada, Sydney Australia,
    São Paulo Brazil, Tel Aviv Israel, Stockholm Sweden, Madrid Spain, Zurich Switzerland`),
  metrics: list(`~40k GPUs per site, 1 TB/s symmetric IO, 25 GB/s bidirectional, ~3 EB of capacity, 99.99% availability,
    ~5x performance, 30% lower TCO, 2x density, sub-millisecond latency, ~1/10 racks, 200 Gb/s per node, 60 s
    feedback cycles, 18-month payback, 12 PB usable, ~1/5 megawatts`),
  codenames: list(`Apollo, Falcon, Atlas, Orion, Helios, Nova, Zephyr, Titan, Aurora, Phoenix, Mercury, Gemini, Hermes,
    Athena, Vega, Lyra, Polaris, Neptune, Kepler, Hubble, Sirius, Cobalt, Quartz, Onyx, Jade, Ember, Glacier,
    Tundra, Sequoia, Redwood, Cypress, Aspen, Juniper, Magnolia, Willow, Falcon Ridge, Blue Sky, Northstar, Horizon`),
};
